package org.hutong.sales.opportunity;

/**
 * 预测分类: how sure the owner is of an open deal — 承诺 (commit: will close in its month), 乐观 (best
 * case), 普通 (pipeline, the default) — or 排除 (left out of the forecast). Labels:
 * {@code opportunity.forecast.<name>}.
 */
public enum ForecastCategory {
	COMMIT, BEST_CASE, PIPELINE, OMITTED
}
