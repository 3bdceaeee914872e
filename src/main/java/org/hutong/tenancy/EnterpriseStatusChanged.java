package org.hutong.tenancy;

/**
 * An enterprise was suspended or resumed: whoever keeps copies of access answers drops that
 * enterprise's. Published inside the changing transaction.
 */
public record EnterpriseStatusChanged(long tenantId) {
}
