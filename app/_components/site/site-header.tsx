'use client';
// The bar on every page: a skip link, the product name (home) and the main navigation, with the
// current section marked for screen readers (aria-current) and by style.
import Link from 'next/link';
import { usePathname } from 'next/navigation';
import styles from './site-header.module.css';

const SECTIONS = [
  { href: '/', label: 'Dashboard', isCurrent: (path: string) => path === '/' },
  { href: '/scenarios', label: 'Scenarios', isCurrent: (path: string) => path === '/scenarios' || path.startsWith('/scenarios/') },
  { href: '/compare', label: 'Compare', isCurrent: (path: string) => path === '/compare' },
  { href: '/methodology', label: 'Methodology', isCurrent: (path: string) => path === '/methodology' },
] as const;

export function SiteHeader() {
  const path = usePathname() ?? '/';
  return (
    <header className={styles.bar}>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <div className={styles.inner}>
        <Link href="/" className={styles.brand}>
          Bering Link <span className={styles.brandRest}>Scenario Dashboard</span>
        </Link>
        <nav aria-label="Main">
          <ul className={styles.nav}>
            {SECTIONS.map((s) => {
              const isCurrent = s.isCurrent(path);
              return (
                <li key={s.href}>
                  <Link href={s.href} aria-current={isCurrent ? 'page' : undefined} className={isCurrent ? styles.current : undefined}>
                    {s.label}
                  </Link>
                </li>
              );
            })}
          </ul>
        </nav>
      </div>
    </header>
  );
}
