package org.hutong.projects.plan;

/** How many calendar days an item now starts and finishes later than in the baseline (earlier: negative). */
public record Slip(String id, long startDays, long finishDays) {
}
