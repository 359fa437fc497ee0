export const text = '{{not a tag}}';
