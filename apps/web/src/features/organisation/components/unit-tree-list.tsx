import { useTranslation } from 'react-i18next';
import type { UnitNode } from '../utils/unit-tree';

interface UnitTreeListProps {
  nodes: UnitNode[];
  /** Names the outer list for screen readers. */
  label: string;
  /** A unit to mark as just added. */
  highlightId?: string | null;
}

/** The unit tree as nested lists: service area → unit → department. */
export function UnitTreeList({ nodes, label, highlightId = null }: UnitTreeListProps) {
  return (
    <ul className="unit-tree" aria-label={label}>
      {nodes.map((node) => (
        <UnitTreeItem key={node.unit.id} node={node} highlightId={highlightId} />
      ))}
    </ul>
  );
}

function UnitTreeItem({ node, highlightId }: { node: UnitNode; highlightId: string | null }) {
  const { t } = useTranslation();
  const { unit, children } = node;
  const isNew = unit.id === highlightId;
  return (
    <li className={`unit-tree__item unit-tree__item--${unit.kind.toLowerCase()}`}>
      <span className={isNew ? 'unit-tree__row unit-tree__row--new' : 'unit-tree__row'}>
        <span className="unit-tree__name">{unit.name}</span>{' '}
        <span className={`tag tag--${unit.kind.toLowerCase()}`}>
          {t(`organisation.kind.${unit.kind}`)}
        </span>
      </span>
      {children.length > 0 ? (
        <ul className="unit-tree__children">
          {children.map((child) => (
            <UnitTreeItem key={child.unit.id} node={child} highlightId={highlightId} />
          ))}
        </ul>
      ) : null}
    </li>
  );
}
