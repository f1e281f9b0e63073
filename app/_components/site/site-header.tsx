'use client';
// The bar on every page: a skip link, the product name (home) and the main navigation, with the
// current section marked for screen readers (aria-current) and by style. The links are not
// prefetched: on a phone the prefetches of every page cost main-thread time while the dashboard
// starts (ADR 081), and each page answers quickly on its own.
import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { signOutAction } from '@/app/sign-in/actions';
import styles from './site-header.module.css';

const SECTIONS = [
  { href: '/', label: 'Dashboard', isCurrent: (path: string) => path === '/' },
  { href: '/scenarios', label: 'Scenarios', isCurrent: (path: string) => path === '/scenarios' || path.startsWith('/scenarios/') },
  { href: '/compare', label: 'Compare', isCurrent: (path: string) => path === '/compare' },
  { href: '/methodology', label: 'Methodology', isCurrent: (path: string) => path === '/methodology' },
] as const;

/** Sign-in state shown in the bar; nothing when the server has no editor token (ADR 061). */
export interface HeaderEditor {
  isEditorRequired: boolean;
  isEditor: boolean;
}

function EditorControl({ editor, path }: { editor: HeaderEditor; path: string }) {
  if (!editor.isEditorRequired) return null;
  if (editor.isEditor) {
    return (
      <form action={signOutAction} className={styles.session}>
        <button type="submit" className={styles.sessionButton}>
          Sign out
        </button>
      </form>
    );
  }
  return (
    <Link href={`/sign-in?next=${encodeURIComponent(path)}`} prefetch={false} className={styles.session}>
      Sign in
    </Link>
  );
}

export function SiteHeader({ editor }: { editor: HeaderEditor }) {
  const path = usePathname() ?? '/';
  return (
    <header className={styles.bar}>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <div className={styles.inner}>
        <Link href="/" prefetch={false} className={styles.brand}>
          Bering Link <span className={styles.brandRest}>Scenario Dashboard</span>
        </Link>
        <nav aria-label="Main">
          <ul className={styles.nav}>
            {SECTIONS.map((s) => {
              const isCurrent = s.isCurrent(path);
              return (
                <li key={s.href}>
                  <Link
                    href={s.href}
                    prefetch={false}
                    aria-current={isCurrent ? 'page' : undefined}
                    className={isCurrent ? styles.current : undefined}
                  >
                    {s.label}
                  </Link>
                </li>
              );
            })}
          </ul>
        </nav>
        <EditorControl editor={editor} path={path} />
      </div>
    </header>
  );
}
