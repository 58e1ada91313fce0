import { TreeSelect } from 'antd';
import { useEffect } from 'react';
import { node, useOrganizationTree } from './organizationTree';

/**
 * Picks an organization below (or at) one of `roots`, the organizations where the caller organizes: a tree
 * that loads each organization's children when it is opened. A form control (value, onChange).
 */
export function OrganizationPicker({
  roots,
  value,
  onChange,
  placeholder,
  id,
}: {
  roots: readonly { id: string; name: string }[];
  value?: string;
  onChange?: (value: string) => void;
  placeholder?: string;
  id?: string;
}) {
  const { tree, setTree, load } = useOrganizationTree(() => roots.map(node));
  const rootKey = roots.map((r) => r.id).join(',');
  useEffect(() => setTree(roots.map(node)), [rootKey]); // eslint-disable-line react-hooks/exhaustive-deps

  return (
    <TreeSelect<string>
      id={id}
      value={value}
      onChange={onChange}
      placeholder={placeholder}
      treeData={tree}
      showSearch={false}
      treeDefaultExpandAll={false}
      loadData={(picked) => load(String(picked.key))}
    />
  );
}
