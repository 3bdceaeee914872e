/**
 * 跟进记录 on customers, leads and a customer's 商机: logging, the timeline panel and its pages. Open
 * to other modules as the named interface {@code customers :: follow-ups}, so the sales module logs and
 * shows a deal's follow-ups with the customer's own machinery (they appear on both timelines).
 */
@org.springframework.modulith.NamedInterface("follow-ups")
package org.hutong.customers.followup;
