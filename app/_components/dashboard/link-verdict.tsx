// The one sentence on why the link wins or loses against the sea (lib/charts/link-verdict.ts).
import { memo } from 'react';
import styles from './dashboard.module.css';

function LinkVerdictInner({ sentence }: { sentence: string | null }) {
  if (sentence === null) return null;
  return (
    <p className={styles.verdict} data-link-verdict="">
      {sentence}
    </p>
  );
}

export const LinkVerdict = memo(LinkVerdictInner);
