package org.hutong.sales.pipeline;

/**
 * Whether deals stand on a stage or name a lost reason: such a stage or reason is kept. The
 * opportunities implement it, so the pipelines never read their tables.
 */
public interface PipelineUsage {

	boolean stageInUse(long stageId);

	boolean lostReasonInUse(long reasonId);
}
