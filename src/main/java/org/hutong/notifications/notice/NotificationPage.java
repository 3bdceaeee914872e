package org.hutong.notifications.notice;

import java.util.List;

/** One page of the inbox, newest first, and the cursor of the next ({@code null} on the last). */
public record NotificationPage(List<NotificationView> rows, Long next) {
}
