package org.hutong.web;

/**
 * A button in 工作台's quick-actions row (新建客户 · 写跟进 · 发动态 · 写日报 …). A module declares a bean
 * of this type, like a {@link HomeCard}; the home page shows those the user may use, in {@code order}.
 *
 * @param label the message key of the button's text, e.g. {@code home.action.newCustomer}
 * @param url where it leads, an application path such as {@code /customers/new}
 * @param icon the CSS class of its icon, e.g. {@code icon-add-customer}
 * @param order smaller first
 * @param permission the permission the user needs to see it, or {@code null} for everyone
 */
public record HomeAction(String label, String url, String icon, int order, String permission) {
}
