import type { ReactNode } from 'react';

interface FormSectionProps {
  id: string;
  /** "1", "2" …: the point of the ReKs guide. */
  number: number;
  title: string;
  intro?: ReactNode;
  children: ReactNode;
}

/** One point of the talk: a named region, so it can be found by heading or landmark. */
export function FormSection({ id, number, title, intro, children }: FormSectionProps) {
  return (
    <section aria-labelledby={id} className="appraisal-section">
      <h2 id={id} className="appraisal-section__heading">
        <span className="appraisal-section__number" aria-hidden="true">
          {number}
        </span>
        {title}
      </h2>
      {intro ? <p className="section__intro">{intro}</p> : null}
      {children}
    </section>
  );
}
