package org.hutong.sales.tender;

/** A tender's files: 招标文件, our 投标文件, the 开标记录, the 中标通知书, anything else. */
public enum DocumentKind {
	TENDER_FILE, BID, OPENING_RECORD, AWARD_NOTICE, OTHER
}
