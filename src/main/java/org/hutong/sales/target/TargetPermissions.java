package org.hutong.sales.target;

import java.util.List;

import org.hutong.identity.PermissionSet;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The permissions of 销售目标与预测; whose figures a holder sees is the role's data scope. */
@Configuration(proxyBeanMethods = false)
public class TargetPermissions {

	/** See targets, attainment, the 排行榜 and the forecast of the people the data scope shows. */
	public static final String READ = "sales.targets.read";

	/** Set the monthly targets of the people and departments one sees. */
	public static final String WRITE = "sales.targets.write";

	public static final String MAY_READ = "hasAuthority('" + READ + "')";

	public static final String MAY_WRITE = "hasAuthority('" + WRITE + "')";

	@Bean
	static PermissionSet salesTargetPermissionSet() {
		return new PermissionSet("sales-targets", List.of(READ, WRITE));
	}
}
