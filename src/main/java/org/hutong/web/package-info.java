/**
 * The app shell every module's pages live in: layout, tab bar and sidebar, locale, error pages and
 * API problem details, htmx fragment handling, and the 工作台 home page, whose cards ({@link org.hutong.web.HomeCard})
 * and quick actions ({@link org.hutong.web.HomeAction}) modules contribute as beans. Holds no business data.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Web shell")
package org.hutong.web;
