import { CATEGORY_GROUPS, categoryMask, POLICE_UK_CATEGORIES } from '../domain/categories';

interface Props {
  mask: number;
  onChange: (mask: number) => void;
}

/** The 14 police.uk types, with one-click groups. */
export function CategoryControl({ mask, onChange }: Props) {
  return (
    <fieldset className="control categories">
      <legend>Categories</legend>
      <div className="group-buttons">
        {CATEGORY_GROUPS.map((g) => {
          const groupMask = categoryMask(g.categories);
          return (
            <button
              key={g.key}
              type="button"
              aria-pressed={mask === groupMask}
              onClick={() => onChange(groupMask)}
              data-testid={`group-${g.key}`}
            >
              {g.label}
            </button>
          );
        })}
      </div>
      <ul className="checklist">
        {POLICE_UK_CATEGORIES.map((name, id) => (
          <li key={name}>
            <label>
              <input
                type="checkbox"
                checked={((mask >> id) & 1) === 1}
                onChange={(e) => {
                  const next = e.target.checked ? mask | (1 << id) : mask & ~(1 << id);
                  if (next !== 0) onChange(next);
                }}
              />
              {name}
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
