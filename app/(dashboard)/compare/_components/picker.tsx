// A labelled select of the compare page's chart cards (commodity, destination, route, year).
import styles from './compare.module.css';

export interface PickerOption {
  value: string;
  label: string;
}

/** `label` over a select of `options`; `onChange` gets the chosen option's value. */
export function Picker(props: { label: string; name?: string; value: string; options: PickerOption[]; onChange: (value: string) => void }) {
  const { label, name, value, options, onChange } = props;
  return (
    <label className={styles.control}>
      <span>{label}</span>
      <select name={name} value={value} onChange={(e) => onChange(e.currentTarget.value)}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  );
}

/** Options whose label is their value. */
export const plainOptions = (values: readonly (string | number)[]): PickerOption[] =>
  values.map((v) => ({ value: String(v), label: String(v) }));
