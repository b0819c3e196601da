// The real DuckDB-WASM engine (Node build), shared with the data build, which uses it to prebuild the first view.
export { createNodeEngine } from '../../scripts/node-engine';
