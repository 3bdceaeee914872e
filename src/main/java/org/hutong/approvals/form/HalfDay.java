package org.hutong.approvals.form;

/** 上午 / 下午: where a leave starts or ends within its first or last day. */
public enum HalfDay {
	AM, PM
}
