package org.hutong.sales.tender;

import org.hutong.shared.Texts;

/**
 * What narrows the tenders: the scope, the list (open · bonds outstanding · all), a keyword (part of
 * the project name, the notice number or the tenderer), one deal, and the page's cursor (the last id
 * shown, newest first).
 */
public record TenderFilter(TenderScope scope, TenderList list, String q, Long opportunity, Long before) {

	public TenderFilter {
		scope = scope == null ? TenderScope.MINE : scope;
		list = list == null ? TenderList.OPEN : list;
		q = Texts.clean(q);
		q = q == null || q.length() <= 50 ? q : q.substring(0, 50);
	}

	static TenderFilter ofOpportunity(long opportunityId) {
		return new TenderFilter(TenderScope.TEAM, TenderList.ALL, null, opportunityId, null);
	}

	public boolean first() {
		return before == null;
	}

	TenderFilter before(long id) {
		return new TenderFilter(scope, list, q, opportunity, id);
	}
}
