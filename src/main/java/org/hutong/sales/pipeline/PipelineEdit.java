package org.hutong.sales.pipeline;

/**
 * What a 销售流程 form sent, to draw it again next to the part it was about when refused: a new
 * pipeline ({@code pipelineId} null), a pipeline's name ({@code stageId} null), a new stage
 * ({@code stageId} 0), one stage, or the lost reasons ({@code pipelineId} -1).
 */
public record PipelineEdit(String name, Integer probability, Long pipelineId, Long stageId) {
}
