import { useLayoutEffect, useRef, useState } from 'react';

/** Reports an element's width in whole pixels now and on every resize; returns the way to stop watching. */
export function watchWidth(
  element: Element,
  onWidth: (width: number) => void,
  Observer: typeof ResizeObserver = ResizeObserver,
): () => void {
  onWidth(Math.floor(element.getBoundingClientRect().width));
  const observer = new Observer(([entry]) => {
    if (entry) onWidth(Math.floor(entry.contentRect.width));
  });
  observer.observe(element);
  return () => observer.disconnect();
}

/** The width of an element, kept up to date as it is resized; 0 until it has been measured. */
export function useElementWidth<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  const [width, setWidth] = useState(0);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    return watchWidth(element, setWidth);
  }, []);
  return [ref, width] as const;
}
