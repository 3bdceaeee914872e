/**
 * Value types every module may use: the tenant marker for events and small records.
 * Open to all modules; holds no behaviour beyond what a value type needs.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.hutong.shared;
