// @vitest-environment jsdom
// The slider panel is generated from the field table: a field added to a copy of the table shows up
// with its slider, number box, reset and info button, and no other code changes.
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { SliderPanel } from '@/app/_components/dashboard/slider-panel';
import { ASSUMPTION_FIELDS, fieldAnchor, getAtPath, setAtPath, type FieldSpec, type NumberFieldSpec } from '@/lib/model/assumption-fields';
import type { Assumptions } from '@/lib/model/types';
import { makeAssumptions } from '../../builders';

const CANAL_TOLL: NumberFieldSpec = {
  kind: 'number',
  path: 'freight.canalTollUsdPerTonne',
  param: 'canal',
  label: 'Canal toll',
  group: 'Freight',
  unit: 'USD/t',
  min: 0,
  max: 100,
  slider: { min: 0, max: 50, step: 1 },
  decimals: 0,
  default: 7,
  distribution: { kind: 'triangular', low: 4, mode: 7, high: 12, basis: 'test basis' },
  source: 'test source',
  help: 'A toll invented for this test.',
};

/** The panel with real state, as the dashboard holds it; `seen` records every state it reaches. */
function Harness({
  fields,
  baseline,
  seen,
  fieldErrors = {},
  isPhoneClient = false,
}: {
  fields: readonly FieldSpec[];
  baseline: Assumptions;
  seen: Assumptions[];
  fieldErrors?: Record<string, string>;
  isPhoneClient?: boolean;
}) {
  const [assumptions, setAssumptions] = useState(baseline);
  seen.push(assumptions);
  return (
    <SliderPanel
      assumptions={assumptions}
      baseline={baseline}
      setAssumptions={setAssumptions}
      onResetAll={() => setAssumptions(baseline)}
      fieldErrors={fieldErrors}
      fields={fields}
      isPhoneClient={isPhoneClient}
    />
  );
}

/**
 * jsdom has no `matchMedia`: a stand-in that answers the panel's narrow-screen query with `isNarrow`
 * and can change its answer, as rotating a phone would.
 */
function fakeMatchMedia(isNarrow: boolean) {
  const listeners = new Set<() => void>();
  const list = {
    get matches() {
      return isNarrow;
    },
    addEventListener: (_: string, l: () => void) => listeners.add(l),
    removeEventListener: (_: string, l: () => void) => listeners.delete(l),
  };
  window.matchMedia = ((query: string) => {
    if (query !== '(max-width: 860px)') throw new Error(`unexpected media query ${query}`);
    return list;
  }) as unknown as typeof window.matchMedia;
  return {
    setNarrow(next: boolean) {
      isNarrow = next;
      listeners.forEach((l) => l());
    },
  };
}

afterEach(cleanup);

describe('SliderPanel', () => {
  it('renders one control per field of the assumption table, in its group', () => {
    const { container } = render(<Harness fields={ASSUMPTION_FIELDS} baseline={makeAssumptions()} seen={[]} />);
    expect(container.querySelectorAll('[data-field]')).toHaveLength(ASSUMPTION_FIELDS.length);
    for (const f of ASSUMPTION_FIELDS) {
      const group = container.querySelector(`fieldset[data-group="${f.group}"]`);
      expect(group?.querySelector(`[data-field="${f.param}"]`), f.path).not.toBeNull();
    }
  });

  it('shows a field added to a copy of the table, and its slider, number box and reset change the value', () => {
    const seen: Assumptions[] = [];
    const baseline = setAtPath(makeAssumptions(), CANAL_TOLL.path, 7);
    const { container } = render(<Harness fields={[...ASSUMPTION_FIELDS, CANAL_TOLL]} baseline={baseline} seen={seen} />);
    const freight = container.querySelector('fieldset[data-group="Freight"]') as HTMLElement;
    const slider = within(freight).getByRole('slider', { name: /Canal toll/ });
    expect(slider.getAttribute('aria-valuetext')).toBe('7 USD/t');

    act(() => fireEvent.change(slider, { target: { value: '20' } }));
    expect(getAtPath(seen.at(-1), CANAL_TOLL.path)).toBe(20);
    expect(slider.getAttribute('aria-valuetext')).toBe('20 USD/t');

    const box = within(freight).getByRole('textbox', { name: /Canal toll, exact value/ });
    act(() => fireEvent.change(box, { target: { value: 'lots' } }));
    act(() => fireEvent.keyDown(box, { key: 'Enter' }));
    expect(screen.getByRole('alert').textContent).toBe('Type a number.');
    expect(getAtPath(seen.at(-1), CANAL_TOLL.path)).toBe(20);
    act(() => fireEvent.change(box, { target: { value: '64' } })); // above the slider, within the contract
    act(() => fireEvent.blur(box));
    expect(getAtPath(seen.at(-1), CANAL_TOLL.path)).toBe(64);
    expect(screen.queryByRole('alert')).toBeNull();

    act(() => fireEvent.click(within(freight).getByRole('button', { name: 'Reset Canal toll to baseline 7 USD/t' })));
    expect(getAtPath(seen.at(-1), CANAL_TOLL.path)).toBe(7);
  });

  it('opens the info of a field with its source, range, uncertainty and methodology link', () => {
    render(<Harness fields={[...ASSUMPTION_FIELDS, CANAL_TOLL]} baseline={setAtPath(makeAssumptions(), CANAL_TOLL.path, 7)} seen={[]} />);
    const button = screen.getByRole('button', { name: 'About Canal toll: source and uncertainty' });
    expect(button.getAttribute('aria-expanded')).toBe('false');
    act(() => fireEvent.click(button));
    expect(button.getAttribute('aria-expanded')).toBe('true');
    const info = screen.getByRole('region', { name: 'About Canal toll' });
    expect(info.textContent).toContain('test source');
    expect(info.textContent).toContain('Allowed 0 USD/t to 100 USD/t; slider 0 USD/t to 50 USD/t.');
    expect(info.textContent).toContain('Low 4 USD/t · most likely 7 USD/t · high 12 USD/t (triangular). Basis: test basis');
    expect(within(info).getByRole('link').getAttribute('href')).toBe(`/methodology#${fieldAnchor(CANAL_TOLL)}`);
    act(() => fireEvent.keyDown(within(info).getByRole('link'), { key: 'Escape' }));
    expect(button.getAttribute('aria-expanded')).toBe('false');
  });

  it('keeps the shares adding up to 1 and brings the last year back when "never" is unticked', () => {
    const seen: Assumptions[] = [];
    render(<Harness fields={ASSUMPTION_FIELDS} baseline={makeAssumptions()} seen={seen} />);
    act(() => fireEvent.change(screen.getByRole('slider', { name: /US share/ }), { target: { value: '50' } }));
    const shares = seen.at(-1)!.cooperation.shares;
    expect(shares.us).toBe(0.5);
    expect(shares.russia + shares.china + shares.us).toBeCloseTo(1, 10);

    const never = screen.getByRole('checkbox', { name: 'Never' });
    act(() => fireEvent.click(never));
    expect(seen.at(-1)!.ice.iceFreeYear).toBeNull();
    expect((screen.getByRole('slider', { name: /First ice-free September/ }) as HTMLInputElement).disabled).toBe(true);
    act(() => fireEvent.click(never));
    expect(seen.at(-1)!.ice.iceFreeYear).toBe(makeAssumptions().ice.iceFreeYear);
  });

  it('folds each group behind a button that counts its settings and those changed, and opens a group with a save error', () => {
    const { container, rerender } = render(<Harness fields={ASSUMPTION_FIELDS} baseline={makeAssumptions()} seen={[]} />);
    const link = container.querySelector<HTMLElement>('fieldset[data-group="Link"]')!;
    const toggle = within(link).getByRole('button', { name: /^Link \d+ settings$/ });
    const body = document.getElementById(toggle.getAttribute('aria-controls')!)!;
    expect(body.querySelectorAll('[data-field]').length).toBe(ASSUMPTION_FIELDS.filter((f) => f.group === 'Link').length);
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(link.hasAttribute('data-open')).toBe(false);

    act(() => fireEvent.click(toggle));
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(link.hasAttribute('data-open')).toBe(true);
    act(() => fireEvent.change(screen.getByRole('slider', { name: /Tunnel capacity/ }), { target: { value: '250' } }));
    expect(toggle.textContent).toMatch(/settings, 1 changed from baseline$/);
    act(() => fireEvent.click(toggle));
    expect(toggle.getAttribute('aria-expanded')).toBe('false');

    // A field error from a save opens the group that holds the field, whatever the user folded.
    rerender(
      <Harness
        fields={ASSUMPTION_FIELDS}
        baseline={makeAssumptions()}
        seen={[]}
        fieldErrors={{ 'assumptions.link.capacityMtPerYear': 'Too large' }}
      />,
    );
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(container.querySelector('fieldset[data-group="Ice"] button[aria-expanded]')!.getAttribute('aria-expanded')).toBe('false');
  });

  it("on a phone that said so, mounts a folded group's controls when it first opens and all of them once the screen is wide", () => {
    const media = fakeMatchMedia(true);
    const { container } = render(<Harness fields={ASSUMPTION_FIELDS} baseline={makeAssumptions()} seen={[]} isPhoneClient />);
    const fieldsIn = (group: string) => container.querySelectorAll(`fieldset[data-group="${group}"] [data-field]`).length;
    expect(container.querySelectorAll('[data-field]')).toHaveLength(0);
    expect(container.querySelectorAll('[data-group-toggle]')).toHaveLength(6);

    const link = within(container.querySelector<HTMLElement>('fieldset[data-group="Link"]')!).getByRole('button', { name: /^Link / });
    act(() => fireEvent.click(link));
    expect(fieldsIn('Link')).toBe(ASSUMPTION_FIELDS.filter((f) => f.group === 'Link').length);
    expect(fieldsIn('Ice')).toBe(0);
    // Folded again, its controls stay mounted (hidden by the phone layout), with their state.
    act(() => fireEvent.click(link));
    expect(link.getAttribute('aria-expanded')).toBe('false');
    expect(fieldsIn('Link')).toBe(ASSUMPTION_FIELDS.filter((f) => f.group === 'Link').length);

    // Turned wide (a phone in landscape, a tablet): every group shows all its controls.
    act(() => media.setNarrow(false));
    expect(container.querySelectorAll('[data-field]')).toHaveLength(ASSUMPTION_FIELDS.length);
  });

  it('on a phone whose screen is wide from the start, mounts every control after the first render', () => {
    fakeMatchMedia(false);
    const { container } = render(<Harness fields={ASSUMPTION_FIELDS} baseline={makeAssumptions()} seen={[]} isPhoneClient />);
    expect(container.querySelectorAll('[data-field]')).toHaveLength(ASSUMPTION_FIELDS.length);
  });
});
