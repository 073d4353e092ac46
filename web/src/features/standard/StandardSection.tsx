import type { ReactNode } from 'react';

type StandardSectionProps = {
  /** The component's number in the published standard (1–6). */
  number: number;
  /** A stable anchor, the same in both languages (e.g. `persyaratan`). */
  id: string;
  title: string;
  children: ReactNode;
};

/** One numbered component of the service standard, as a card with its own <h2>. */
export function StandardSection({ number, id, title, children }: StandardSectionProps) {
  const headingId = `${id}-judul`;
  return (
    <section className="card standard-section" id={id} aria-labelledby={headingId}>
      <h2 id={headingId}>
        <span className="section-number">{number}</span>
        <span>{title}</span>
      </h2>
      {children}
    </section>
  );
}

/** One item reads as a sentence; several read as a list. */
export function TextList({ items }: { items: readonly string[] }) {
  if (items.length === 1) return <p>{items[0]}</p>;
  return (
    <ul>
      {items.map((item, index) => (
        <li key={index}>{item}</li>
      ))}
    </ul>
  );
}
