package org.hutong.projects.project;

/** 我的项目 (a member of, or shared with), 部门项目 (the departments one's data scope covers), or every project one sees. */
public enum ProjectScope {
	MINE, DEPARTMENT, ALL
}
