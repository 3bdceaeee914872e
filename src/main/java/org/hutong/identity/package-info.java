/**
 * Who may do what: users, departments, roles with permissions and data scopes, sign-in, personal
 * API tokens and the audit log. Aggregates: User, Department, Role, ApiToken, AuditEntry.
 * Its API is {@link org.hutong.identity.SignedInUser}, {@link org.hutong.identity.DataScopes} and
 * {@link org.hutong.identity.AuditLog}; other modules contribute permissions as {@link PermissionSet} beans.
 * It does not own any business record.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Identity", allowedDependencies = { "shared", "tenancy", "web" })
package org.hutong.identity;
