package org.hutong.identity;

/** 数据权限: which owners' rows a role sees. Declared from narrowest to widest. */
public enum DataScope {
	SELF, DEPARTMENT, DEPARTMENT_TREE, ALL;

	public DataScope widest(DataScope other) {
		return other != null && other.ordinal() > ordinal() ? other : this;
	}
}
