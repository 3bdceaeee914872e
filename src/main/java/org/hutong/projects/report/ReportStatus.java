package org.hutong.projects.report;

/** 草稿 (seen only by who writes it) or 已发布 (read by everyone who sees the project). */
public enum ReportStatus {
	DRAFT, PUBLISHED
}
