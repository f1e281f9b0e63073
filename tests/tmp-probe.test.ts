import { it } from 'vitest';
import { runEngine } from '@/lib/model/engine';
import { PRESETS } from '@/lib/model/presets';
import { makeCatalog } from './builders';
it('probe', () => {
  const c = makeCatalog();
  const out: string[] = [];
  for (const p of PRESETS) {
    const r = runEngine(c, p.assumptions);
    out.push(p.id + ': ' + c.basins.map((b, i) => {
      const q = Array.from(r.basinProductionMt.subarray(i * r.nYears, (i + 1) * r.nYears));
      const first = q.findIndex((x) => x > 0);
      const tot = q.reduce((x, y) => x + y, 0);
      return `${b.id}=${first < 0 ? '-' : 2025 + first}/${tot.toFixed(0)}`;
    }).join(' '));
  }
  require('fs').writeFileSync('/tmp/probe.txt', out.join('\n'));
});
