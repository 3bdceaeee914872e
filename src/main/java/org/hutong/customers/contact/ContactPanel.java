package org.hutong.customers.contact;

import java.util.List;

/** The 联系人 tab of a customer: its contacts as the viewer may see them, and whether they may change them. */
public record ContactPanel(long customerId, String customerName, List<ContactView> contacts, boolean mayWrite) {
}
