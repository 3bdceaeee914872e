package org.hutong.sales.target;

/** What a target counts: 签约额 (the amounts of deals won) or 回款额 (money collected, from Sales II). */
public enum TargetMetric {
	SIGNED, COLLECTED
}
