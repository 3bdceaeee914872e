package org.hutong.feed.post;

/** Who may see a post besides its author. */
public enum Audience {

	/** 全公司 */
	ENTERPRISE,
	/** chosen departments and the departments below them */
	DEPARTMENTS,
	/** chosen people */
	PEOPLE
}
