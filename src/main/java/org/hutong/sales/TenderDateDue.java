package org.hutong.sales;

import java.time.LocalDate;

import org.hutong.shared.TenantScoped;

/**
 * A key date of an open tender (报名 · 购买标书 · 答疑 · 投标截止 · 开标) is today or tomorrow: the morning
 * run tells its owner. Listeners keep one notice per tender, date kind and day.
 *
 * @param dateKind {@code REGISTRATION}, {@code DOCUMENTS}, {@code CLARIFICATION}, {@code DEADLINE} or {@code OPENING}
 */
public record TenderDateDue(long tenantId, long tenderId, String title, long customerId, long ownerId, String dateKind,
		LocalDate on) implements TenantScoped {
}
