import { useLayoutEffect, useState, type RefObject } from 'react';

type Size = { width: number; height: number };

/** The element's content box in whole CSS px, as ResizeObserver's contentRect gives it. */
function contentSize(el: HTMLElement): Size {
  const style = getComputedStyle(el);
  const across = parseFloat(style.paddingLeft) + parseFloat(style.paddingRight);
  const down = parseFloat(style.paddingTop) + parseFloat(style.paddingBottom);
  return { width: Math.floor(el.clientWidth - across), height: Math.floor(el.clientHeight - down) };
}

/**
 * The element's content size in CSS px, kept current with a ResizeObserver. The first size is
 * measured as the element mounts, before the browser paints: waiting for the observer's first
 * report would put the first canvas draw a frame or two later (issue 15's start-up target).
 */
export function useElementSize(ref: RefObject<HTMLElement | null>): Size {
  const [size, setSize] = useState<Size>({ width: 0, height: 0 });
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const keep = (width: number, height: number) => setSize((prev) => (prev.width === width && prev.height === height ? prev : { width, height }));
    const first = contentSize(el);
    keep(first.width, first.height);
    const observer = new ResizeObserver((entries) => {
      const box = entries[0]?.contentRect;
      if (box) keep(Math.floor(box.width), Math.floor(box.height));
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, [ref]);
  return size;
}
