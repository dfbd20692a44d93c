declare module 'ml-knn' {
  type Point = number[];
  type KdTree = { nearest: (point: Point, k: number) => [Point, number][] };
  type KnnJson = {
    name: 'KNN';
    kdTree: unknown;
    k: number;
    classes: number[];
    isEuclidean: boolean;
  };
  export default class KNN {
    constructor(dataset: Point[], labels: number[], options?: { k?: number });
    readonly kdTree: KdTree;
    static load(model: KnnJson): KNN;
    predict(dataset: Point[]): number[];
    predict(point: Point): number;
    toJSON(): KnnJson;
  }
}
