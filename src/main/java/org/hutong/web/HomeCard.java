package org.hutong.web;

/**
 * A card slot on 工作台. A module declares a bean of this type; the home page loads the card's
 * fragment from {@code url} by htmx, in {@code order}, so the shell never knows module internals.
 *
 * @param url the module's own fragment URL, e.g. {@code /customers/home-card}
 * @param order smaller first
 * @param permission the permission the user needs to see it, or {@code null} for everyone
 */
public record HomeCard(String url, int order, String permission) {
}
