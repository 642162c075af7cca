/** What a panel shows when its question failed: which figures, and the engine's reason as plain text. */
export function QueryError({ what, error }: { what: string; error: Error }) {
  return (
    <p className="query-error" role="alert" data-testid="query-error">
      {what} could not be worked out: {error.message.replace(/\s+/g, ' ').slice(0, 200)}
    </p>
  );
}
