/**
 * Demo mode: two years of the order-to-cash story written on first start through the modules' own
 * services — contracts in every state with deliveries, acceptances, invoices, receipts (some by
 * 承兑汇票) and retention in every status, some overdue — so receivables and ageing mean something.
 */
package org.hutong.sales.demo;
