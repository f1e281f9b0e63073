'use client';
// A field's info button: a disclosure (button with aria-expanded) that shows the source, the
// allowed range and the stated uncertainty, and links to the field's row on /methodology.
import { useId, useRef, useState, type KeyboardEvent } from 'react';
import { describeField } from '@/lib/charts/assumption-edits';
import { fieldAnchor, type FieldSpec } from '@/lib/model/assumption-fields';
import styles from './fields.module.css';

/** The info button and, when open, its panel (Escape closes it and returns focus to the button). */
export function FieldInfo({ field }: { field: FieldSpec }) {
  const [isOpen, setOpen] = useState(false);
  const id = useId();
  const button = useRef<HTMLButtonElement>(null);
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key !== 'Escape') return;
    e.stopPropagation();
    setOpen(false);
    button.current?.focus();
  };
  const info = isOpen ? describeField(field) : null;
  return (
    <>
      <button
        ref={button}
        type="button"
        className={styles.infoButton}
        aria-expanded={isOpen}
        aria-controls={`${id}-info`}
        aria-label={`About ${field.label}: source and uncertainty`}
        onClick={() => setOpen((o) => !o)}
        data-info={field.param}
      >
        i
      </button>
      {info ? (
        <div id={`${id}-info`} className={styles.info} role="region" aria-label={`About ${field.label}`} onKeyDown={onKeyDown}>
          <p>{field.help}</p>
          <dl>
            <dt>Source</dt>
            <dd>{info.source}</dd>
            <dt>Range</dt>
            <dd>{info.range}</dd>
            <dt>Uncertainty</dt>
            <dd>
              {info.uncertainty}
              {info.basis ? ` Basis: ${info.basis}` : null}
            </dd>
          </dl>
          <a href={`/methodology#${fieldAnchor(field)}`}>Row in the methodology</a>
        </div>
      ) : null}
    </>
  );
}
