import { useEffect, useRef, useState, type ReactNode } from 'react';

interface TableScrollProps {
  /** Names the region when it scrolls, usually the table's caption. */
  label: string;
  children: ReactNode;
}

/**
 * Lets a wide table scroll sideways on a narrow screen. Only while it
 * actually overflows does the wrapper become a focusable, named region, so
 * keyboard users can scroll it (WCAG 2.1.1) without an extra tab stop on
 * every table that fits.
 */
export function TableScroll({ label, children }: TableScrollProps) {
  const ref = useRef<HTMLDivElement>(null);
  const [scrollable, setScrollable] = useState(false);
  useEffect(() => {
    const element = ref.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    // The observer also reports once right after observing, which sets the first state.
    const observer = new ResizeObserver(() =>
      setScrollable(element.scrollWidth > element.clientWidth + 1),
    );
    observer.observe(element);
    if (element.firstElementChild) observer.observe(element.firstElementChild);
    return () => observer.disconnect();
  }, []);
  return (
    <div
      ref={ref}
      className="table-scroll"
      tabIndex={scrollable ? 0 : undefined}
      role={scrollable ? 'region' : undefined}
      aria-label={scrollable ? label : undefined}
    >
      {children}
    </div>
  );
}
