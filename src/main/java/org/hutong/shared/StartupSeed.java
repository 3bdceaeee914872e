package org.hutong.shared;

/**
 * Data a module writes once, when the application starts on a database that lacks it (the demo
 * enterprises and their records). Seeds run in their {@code @Order}, on one node at a time under one
 * database lock; each checks for itself whether its data is there already, so the nodes that come
 * after the first find it and do nothing.
 */
public interface StartupSeed {

	void seed();
}
