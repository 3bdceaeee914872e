package org.hutong.projects.gate;

/** 评审中 (the approval open), 已决定 (Go, Kill, Hold or Recycle), 已撤回 (the approval withdrawn). */
public enum GateStatus {
	OPEN, DECIDED, WITHDRAWN
}
