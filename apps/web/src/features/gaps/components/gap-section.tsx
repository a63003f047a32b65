import type { ReactNode } from 'react';

interface GapSectionProps {
  id: string;
  title: string;
  intro?: ReactNode;
  /** Export buttons and the like, beside the heading. */
  tools?: ReactNode;
  busy?: boolean;
  children: ReactNode;
}

/** One view of the page: a named region with its heading, a short intro and its tools. */
export function GapSection({ id, title, intro, tools, busy, children }: GapSectionProps) {
  return (
    <section
      id={id}
      className="section gap-section"
      aria-labelledby={`${id}-heading`}
      aria-busy={busy || undefined}
    >
      <div className="gap-section__header">
        <h2 id={`${id}-heading`}>{title}</h2>
        {tools}
      </div>
      {intro ? <p className="section__intro">{intro}</p> : null}
      {children}
    </section>
  );
}
