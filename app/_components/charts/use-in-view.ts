'use client';
// Whether an element is in (or near) the viewport, from an IntersectionObserver.
import { useEffect, useState, type RefObject } from 'react';

/**
 * True while `ref`'s element intersects the viewport grown by `margin` (CSS margin syntax, e.g.
 * "400px 0px"); false before the observer's first report.
 */
export function useInView(ref: RefObject<Element | null>, margin = '0px'): boolean {
  const [isInView, setInView] = useState(false);
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const observer = new IntersectionObserver(
      (entries) => {
        const last = entries[entries.length - 1];
        if (last) setInView(last.isIntersecting);
      },
      { rootMargin: margin },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref, margin]);
  return isInView;
}
