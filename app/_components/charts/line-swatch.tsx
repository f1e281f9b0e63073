// A short sample of a chart line, drawn as SVG so that colour and dash pattern both show.
import styles from './charts.module.css';

/** A short sample of a line (colour and pattern) for legends and tooltips. */
export function LineSwatch({ color, dash }: { color: string; dash?: string | undefined }) {
  return (
    <svg className={styles.swatchSvg} width="22" height="8" aria-hidden="true">
      <line x1="0" y1="4" x2="22" y2="4" stroke={color} strokeWidth="3" strokeDasharray={dash} />
    </svg>
  );
}
