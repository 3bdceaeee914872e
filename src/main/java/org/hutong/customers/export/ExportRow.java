package org.hutong.customers.export;

import org.hutong.customers.customer.CustomerView;

/**
 * One line of the export: the customer and its first contact.
 *
 * @param contactMobile the first contact's mobile, masked unless the viewer owns or shares the customer
 */
record ExportRow(CustomerView customer, String contactName, String contactMobile) {
}
