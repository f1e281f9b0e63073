// The message under a form field whose value the server or the schema refused.

/** `<Label> <message>` under a field, with the id its input points to via aria-describedby. */
export function FieldError({
  id,
  label,
  message,
  className,
}: {
  id: string;
  label: string;
  message: string | undefined;
  className?: string | undefined;
}) {
  if (!message) return null;
  return (
    <p id={id} className={className}>
      {label} {message}
    </p>
  );
}
