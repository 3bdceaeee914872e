package org.hutong.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a page handler whose htmx requests (not boosted navigation) get only the named fragment
 * of the page: a template next to the page's, e.g. {@code @HtmxFragment("rows")} turns
 * {@code identity/users/list} into {@code identity/users/rows}. Handlers stay free of {@code if (htmx)}.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface HtmxFragment {

	String value();
}
