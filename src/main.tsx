import { warmUpEngine } from './data/lazy-engine';
import './app/styles.css';

// The engine starts first, before React and the app's code are fetched and parsed: its chunk and the app's are
// requested together, and the worker fetches and compiles DuckDB's wasm while the app is parsed and drawn. The
// first chart is on screen meanwhile (the build's pre-drawn copy); the stylesheet stays a static import, so it is a
// <link> in the page's head and that copy is styled from the first paint.
warmUpEngine();
void import('./mount-app').then(({ mountApp }) => mountApp());
